// The one passphrase rule (shared/passphraseStrength.ts) on what people who write in Russian,
// Belarusian and Ukrainian actually choose. The CLI and UI tests check that they apply this rule.
import { describe, expect, it } from 'vitest';
import { judgePassphrase, requireStrongPassphrase } from '../../../shared/passphraseStrength';
import { layoutVariants, transliterate } from '../../../shared/passphraseVariants';
import { isDossierError } from '../../../shared/errors';
import { STRONG_PASSPHRASES, WEAK_CYRILLIC_PASSPHRASES } from '../../fixtures/weakPassphrases';

describe('passphrase strength in her languages', () => {
  it.each(WEAK_CYRILLIC_PASSPHRASES)('refuses %s', (passphrase) => {
    expect(judgePassphrase(passphrase).strongEnough).toBe(false);
  });

  it.each(STRONG_PASSPHRASES)('accepts a few unrelated words: %s', (passphrase) => {
    expect(judgePassphrase(passphrase)).toEqual({ score: 4, strongEnough: true });
  });

  it('refuses by what it knows, not by shape: the same shapes in random letters pass (positive control)', () => {
    // Same length and shape as "Наташа1985" and "йцукенгшщз", but no word, name or keyboard row.
    expect(judgePassphrase('Щыржпэ8157ъ').score).toBeGreaterThanOrEqual(3);
    expect(judgePassphrase('жэбщуымгчр').score).toBeGreaterThanOrEqual(3);
  });

  it('reads a passphrase typed on the other keyboard layout as what was meant', () => {
    expect(layoutVariants('gfhjkm')).toContain('пароль');
    expect(layoutVariants('йцукен')).toContain('qwerty');
    expect(layoutVariants('rj[fyyz')).toContain('коханнЯ'.toLowerCase());
    expect(transliterate('Наташа')).toContain('natasha');
    expect(transliterate('любовь')).toEqual(expect.arrayContaining(['lyubov', 'ljubov']));
  });

  it('refuses with WEAK_PASSPHRASE, and a too-short passphrase even if random', () => {
    const caught = (() => {
      try {
        requireStrongPassphrase('Наташа1985');
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(isDossierError(caught) && caught.code).toBe('WEAK_PASSPHRASE');
    expect(judgePassphrase('Щр8ъ!q').strongEnough).toBe(false);
    expect(() => requireStrongPassphrase('ветер лампа кислый мост')).not.toThrow();
  });
});
