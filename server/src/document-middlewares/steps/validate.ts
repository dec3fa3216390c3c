import { validationError } from '../../utils/errors';
import type { WriteStep } from '../step';
import { DATA_ACTIONS } from '../write-context';
import { articleWriteProblems } from './validate-article';

/** 400 naming every bad field, before anything is written. */
export const validate: WriteStep = {
  name: 'validate',
  actions: DATA_ACTIONS,
  async run(write, next) {
    const problems = articleWriteProblems(write.data, await write.isNew());
    if (problems.length > 0) throw validationError(problems);
    return next();
  },
};
