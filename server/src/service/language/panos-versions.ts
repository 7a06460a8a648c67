/**
 * PAN-OS versions worth suggesting, each with the IoT Security fact that makes it a milestone
 * (facts.md §2). The note is a catalog id (`panos.note.<version>`), so it is shown in en or ja.
 */
export interface PanosMilestone { version: string; note: string }

export const PANOS_MILESTONES: readonly PanosMilestone[] = [
  { version: '11.2', note: 'panos.note.11.2' },
  { version: '11.1', note: 'panos.note.11.1' },
  { version: '11.0.1', note: 'panos.note.11.0.1' },
  { version: '10.2.4', note: 'panos.note.10.2.4' },
  { version: '10.2', note: 'panos.note.10.2' },
  { version: '10.1.10', note: 'panos.note.10.1.10' },
  { version: '10.0', note: 'panos.note.10.0' },
];
