/** Which keys a sandbox accepts: production (`max_prd_` keys) or staging (`max_dev_` keys). */
export type Environment = 'production' | 'staging';
