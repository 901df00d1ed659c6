export const ROLES = [
  'professional',
  'aandachtsfunctionaris',
  'veilig_thuis_medewerker',
  'teamleider',
  'regiocoordinator',
  'functioneel_beheerder',
] as const;
export type Role = (typeof ROLES)[number];

/** Roles whose own work with a child can give a reason to register or see personal data. */
export const CASEWORK_ROLES: Role[] = ['professional', 'aandachtsfunctionaris', 'veilig_thuis_medewerker', 'teamleider'];
