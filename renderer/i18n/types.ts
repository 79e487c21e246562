// The shape of every language's messages, taken from English: a key missing from English or Russian
// fails the typecheck. Belarusian and Ukrainian may leave keys out and fall back (see index.ts),
// except on the screens listed in COMPLETE, which they must translate in full.
import type { en } from './en';

/** Plural forms as Intl.PluralRules names them; `other` is required in every language. */
export interface PluralForms {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

export type Message = string | PluralForms;

type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : PluralForms };

export type Messages = { readonly [N in keyof typeof en]: Widen<(typeof en)[N]> };
export type Namespace = keyof Messages;
export type PartialMessages = { readonly [N in Namespace]?: Partial<Messages[N]> };

/** Screens Belarusian and Ukrainian translate in full: a missing key fails the typecheck, and these
 *  never fall back to Russian or English (issue 13, item 6). */
export const COMPLETE = ['import', 'export'] as const;
export type CompleteMessages = PartialMessages & { readonly [N in (typeof COMPLETE)[number]]: Messages[N] };

/** "namespace.key" for every message, e.g. "vault.unlockButton". */
export type Key = { [N in Namespace]: `${N & string}.${keyof Messages[N] & string}` }[Namespace];

export type Params = Readonly<Record<string, string | number>>;
