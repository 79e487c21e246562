// The one thing strength.ts needs from @zxcvbn-ts/core, re-exported so the lazily loaded chunk holds
// only the factory (a dynamic import of the package itself would keep every export of it).
export { ZxcvbnFactory } from '@zxcvbn-ts/core';
