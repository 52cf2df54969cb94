import type { ActivityKind, AgencyType, HoldPlannedActivityInput, RecordActivityInput, SurveyGroup, SurveyMethod } from '../gql/graphql';

/** What the activity form holds: text as typed, so a refused save keeps it. */
export interface ActivityForm {
  kind: ActivityKind;
  heldOn: string;
  participants: string;
  firstTimeParticipants: string;
  placeId: string;
  agenciesPresent: string;
  municipalPlatform: boolean;
  familySeminar: boolean;
  trainees: Partial<Record<AgencyType, string>>;
  surveyMethod: SurveyMethod;
  samples: Partial<Record<SurveyGroup, string>>;
  responses: string;
  publishedOn: string;
}

/** Which inputs a kind of activity takes (the rest are hidden and not sent). */
export function fieldsOf(kind: ActivityKind) {
  return {
    participants: !['STAFF_TRAINING', 'FACT_FINDING_SURVEY'].includes(kind),
    place: kind === 'PLACE_OF_BELONGING_SESSION',
    network: kind === 'NETWORK_MEETING',
    familySeminar: kind === 'FAMILY_GROUP_MEETING',
    trainees: kind === 'STAFF_TRAINING',
    survey: kind === 'FACT_FINDING_SURVEY',
  };
}

const int = (s: string | undefined): number | null => (s == null || s.trim() === '' ? null : Number(s.trim()));

/** The recordActivity input for the form: only the fields its kind takes; blank counts are left out. */
export function activityInput(form: ActivityForm, clientMutationId: string): RecordActivityInput {
  const f = fieldsOf(form.kind);
  const input: RecordActivityInput = { clientMutationId, kind: form.kind, heldOn: form.heldOn };
  if (f.participants) input.participants = int(form.participants);
  if (f.place) {
    input.firstTimeParticipants = int(form.firstTimeParticipants);
    input.placeId = form.placeId || null;
  }
  if (f.network) {
    input.agenciesPresent = int(form.agenciesPresent);
    input.municipalPlatform = form.municipalPlatform;
  }
  if (f.familySeminar) input.familySeminar = form.familySeminar;
  if (f.trainees) {
    input.trainees = Object.entries(form.trainees)
      .filter(([, count]) => int(count) !== null)
      .map(([agencyType, count]) => ({ agencyType: agencyType as AgencyType, count: int(count)! }));
  }
  if (f.survey) {
    input.survey = {
      method: form.surveyMethod,
      responses: int(form.responses) ?? 0,
      publishedOn: form.publishedOn || null,
      samples: Object.entries(form.samples)
        .filter(([, size]) => int(size) !== null)
        .map(([group, size]) => ({ group: group as SurveyGroup, size: int(size)! })),
    };
  }
  return input;
}

/** What the hold form of a planned activity holds, as typed. */
export interface HoldForm { heldOn: string; participants: string; firstTimeParticipants: string; agenciesPresent: string; municipalPlatform: boolean; familySeminar: boolean; trainees: Partial<Record<AgencyType, string>> }

/** The kinds that are planned ahead (a survey is recorded when done). */
export const plannableKinds: readonly ActivityKind[] = ['PLACE_OF_BELONGING_SESSION', 'PEER_GROUP_MEETING', 'FAMILY_GROUP_MEETING', 'AWARENESS_EVENT', 'NETWORK_MEETING', 'STAFF_TRAINING'];

/** The holdPlannedActivity input: the attendance counts its kind takes; blank counts are left out. */
export function holdInput(kind: ActivityKind, form: HoldForm, plannedActivityId: string, clientMutationId: string): HoldPlannedActivityInput {
  const f = fieldsOf(kind);
  const input: HoldPlannedActivityInput = { clientMutationId, plannedActivityId, heldOn: form.heldOn };
  if (f.participants) input.participants = int(form.participants);
  if (f.place) input.firstTimeParticipants = int(form.firstTimeParticipants);
  if (f.network) {
    input.agenciesPresent = int(form.agenciesPresent);
    input.municipalPlatform = form.municipalPlatform;
  }
  if (f.familySeminar) input.familySeminar = form.familySeminar;
  if (f.trainees) input.trainees = traineesOf(form.trainees);
  return input;
}

function traineesOf(trainees: Partial<Record<AgencyType, string>>) {
  return Object.entries(trainees)
    .filter(([, count]) => int(count) !== null)
    .map(([agencyType, count]) => ({ agencyType: agencyType as AgencyType, count: int(count)! }));
}
