/** core.saveState key: the temp dir of a cluster left running by `keep: true`, for the post step. */
export const KEPT_CLUSTER_STATE = 'kept-cluster-dir';
