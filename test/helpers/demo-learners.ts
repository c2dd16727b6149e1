// Learners of the demo data that several command tests look up the same way.

/**
 * `users find` for Hanne Moe (learner 17), who signed up and never chose a password: name, birth date
 * and e-mail agree, so the verdict is verified and the next step is the activation link.
 */
export const FIND_HANNE_MOE: readonly string[] = [
  'users',
  'find',
  '--name',
  'Hanne Moe',
  '--birthdate',
  '01.11.1986',
  '--email',
  'hanne.moe86@epost.test',
];
