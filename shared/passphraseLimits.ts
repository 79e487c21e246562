// The two numbers of the passphrase rule (passphraseStrength.ts), apart from its word lists so the
// UI can say them without loading those lists.
/** zxcvbn "3": safely unguessable for an offline attack on a slow hash such as Argon2id. */
export const MIN_SCORE = 3;
export const MIN_LENGTH = 10;
