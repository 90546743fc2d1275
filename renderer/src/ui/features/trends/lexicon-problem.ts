// The message for an entry the lexicon refused (domain/lexicon/entry-draft.ts), in the UI language.
import type { TFunction } from 'i18next';
import type { EditProblem } from '../../../data/lexicon/lexicon-edits';

export function problemText(t: TFunction<'lexicon'>, problem: EditProblem): string {
  switch (problem.code) {
    case 'empty':
      return t('problem.empty');
    case 'tooLong':
      return t('problem.tooLong', { max: problem.max });
    case 'variantTooLong':
      return t('problem.variantTooLong', { variant: problem.variant, max: problem.max });
    case 'tooManyVariants':
      return t('problem.tooManyVariants', { max: problem.max });
    case 'noteTooLong':
      return t('problem.noteTooLong', { max: problem.max });
    case 'badCategory':
      return t('problem.badCategory');
    case 'badColour':
      return t('problem.badColour', { colour: problem.colour });
    case 'duplicate':
      return t('problem.duplicate', { phrase: problem.phrase });
    case 'missing':
      return t('problem.missing');
  }
}
