import * as core from '@actions/core';
import { stopClusterAt } from '../../postgres/ephemeral-cluster.js';
import { errorMessage } from '../../util/errors.js';
import { KEPT_CLUSTER_STATE } from './state.js';

// Runs always (success, failure, cancellation): whatever `keep: true` left behind is removed here.
const dir = core.getState(KEPT_CLUSTER_STATE);
if (dir) {
  try {
    await stopClusterAt(dir);
    core.info(`Stopped and removed the kept drill database (${dir})`);
  } catch (error) {
    core.warning(`Could not remove the kept drill database in ${dir}: ${errorMessage(error)}`);
  }
}
