import { verify } from '../verify/verify.js';
import { parseVerifySettings, verifyOptions } from '../verify/verify-settings.js';
import { reportCommand } from './report-command.js';

export const verifyCommand = reportCommand({
  name: 'verify',
  options: verifyOptions,
  parse: parseVerifySettings,
  run: verify,
});
