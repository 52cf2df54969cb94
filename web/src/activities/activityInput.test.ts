import { describe, expect, it } from 'vitest';
import { activityInput, holdInput, type ActivityForm } from './activityInput';

const base: ActivityForm = {
  kind: 'PLACE_OF_BELONGING_SESSION', heldOn: '2025-06-01', participants: '8', firstTimeParticipants: '2', placeId: 'p1',
  agenciesPresent: '5', municipalPlatform: true, familySeminar: true, trainees: { NONPROFIT: '3', OTHER: '' },
  surveyMethod: 'ONLINE', samples: { RESIDENTS: '1000' }, responses: '420', publishedOn: '',
};

describe('the recordActivity input', () => {
  it('sends only what a place-of-belonging session takes', () => {
    expect(activityInput(base, 'id1')).toEqual({ clientMutationId: 'id1', kind: 'PLACE_OF_BELONGING_SESSION', heldOn: '2025-06-01', participants: 8, firstTimeParticipants: 2, placeId: 'p1' });
  });

  it('sends agencies and the platform flag for a network meeting', () => {
    expect(activityInput({ ...base, kind: 'NETWORK_MEETING' }, 'id')).toEqual({ clientMutationId: 'id', kind: 'NETWORK_MEETING', heldOn: '2025-06-01', participants: 8, agenciesPresent: 5, municipalPlatform: true });
  });

  it('sends trainees without participants for staff training, leaving blank counts out', () => {
    expect(activityInput({ ...base, kind: 'STAFF_TRAINING' }, 'id')).toEqual({ clientMutationId: 'id', kind: 'STAFF_TRAINING', heldOn: '2025-06-01', trainees: [{ agencyType: 'NONPROFIT', count: 3 }] });
  });

  it('sends the survey for a fact-finding survey', () => {
    expect(activityInput({ ...base, kind: 'FACT_FINDING_SURVEY' }, 'id')).toEqual({
      clientMutationId: 'id', kind: 'FACT_FINDING_SURVEY', heldOn: '2025-06-01',
      survey: { method: 'ONLINE', responses: 420, publishedOn: null, samples: [{ group: 'RESIDENTS', size: 1000 }] },
    });
  });

  it('leaves a blank participant count null for the API to refuse beside the field', () => {
    expect(activityInput({ ...base, kind: 'PEER_GROUP_MEETING', participants: ' ' }, 'id').participants).toBeNull();
  });
});

describe('holding a planned activity', () => {
  const form = { heldOn: '2025-06-01', participants: '12', firstTimeParticipants: '3', agenciesPresent: '4', municipalPlatform: true, familySeminar: true, trainees: { NONPROFIT: '5', MUNICIPALITY: '' } };
  it('sends the counts its kind takes only', () => {
    expect(holdInput('AWARENESS_EVENT', form, 'pa1', 'id')).toEqual({ clientMutationId: 'id', plannedActivityId: 'pa1', heldOn: '2025-06-01', participants: 12 });
    expect(holdInput('PLACE_OF_BELONGING_SESSION', form, 'pa1', 'id')).toEqual({ clientMutationId: 'id', plannedActivityId: 'pa1', heldOn: '2025-06-01', participants: 12, firstTimeParticipants: 3 });
    expect(holdInput('NETWORK_MEETING', { ...form, participants: ' ' }, 'pa1', 'id')).toEqual({ clientMutationId: 'id', plannedActivityId: 'pa1', heldOn: '2025-06-01', participants: null, agenciesPresent: 4, municipalPlatform: true });
    expect(holdInput('STAFF_TRAINING', form, 'pa1', 'id')).toEqual({ clientMutationId: 'id', plannedActivityId: 'pa1', heldOn: '2025-06-01', trainees: [{ agencyType: 'NONPROFIT', count: 5 }] });
  });
});

