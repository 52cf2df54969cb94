import { graphql } from '../gql';

export const WorkItemFields = graphql(`
  fragment WorkItemFields on WorkItem {
    id kind caseId text dueAt assignee status note channel with place updatedAt contactId
  }
`);

export const MyWork = graphql(`
  query MyWork($due: WorkDue!) {
    myWork(due: $due) { ...WorkItemFields }
  }
`);

export const AddTask = graphql(`
  mutation AddTask($input: AddTaskInput!) {
    addTask(input: $input) { workItem { ...WorkItemFields } errors { code message field } }
  }
`);

export const ScheduleAppointment = graphql(`
  mutation ScheduleAppointment($input: ScheduleAppointmentInput!) {
    scheduleAppointment(input: $input) { workItem { ...WorkItemFields } errors { code message field } }
  }
`);

export const EditWorkItem = graphql(`
  mutation EditWorkItem($input: EditWorkItemInput!) {
    editWorkItem(input: $input) { workItem { ...WorkItemFields } errors { code message field } }
  }
`);

export const CompleteTask = graphql(`
  mutation CompleteTask($input: CompleteTaskInput!) {
    completeTask(input: $input) { workItem { ...WorkItemFields } errors { code message field } }
  }
`);

export const CancelWorkItem = graphql(`
  mutation CancelWorkItem($input: CancelWorkItemInput!) {
    cancelWorkItem(input: $input) { workItem { ...WorkItemFields } errors { code message field } }
  }
`);

export const HoldAppointment = graphql(`
  mutation HoldAppointment($input: HoldAppointmentInput!) {
    holdAppointment(input: $input) { workItem { ...WorkItemFields } errors { code message field } }
  }
`);
