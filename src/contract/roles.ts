// Roles, and which roles reach which part of the chain. Shared by server (requireRole, schemas)
// and web (routes, menu): no server imports.
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
export const CASEWORK_ROLES: readonly Role[] = ['professional', 'aandachtsfunctionaris', 'veilig_thuis_medewerker', 'teamleider'];

/** Roles that keep a care file (zorgdossier) for a child. */
export const DOSSIER_ROLES = ['professional', 'aandachtsfunctionaris'] as const satisfies readonly Role[];

/** Veilig Thuis' own staff. */
export const VT_ROLES = ['veilig_thuis_medewerker', 'teamleider'] as const satisfies readonly Role[];

/** Whether `role` is one of `roles` (a typed `includes` for the narrow role lists above). */
export const hasRole = (roles: readonly Role[], role: Role): boolean => roles.includes(role);
