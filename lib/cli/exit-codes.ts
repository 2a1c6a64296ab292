/** 0: nothing at or above --fail-on; 1: findings at or above it; 2: unreadable or invalid input; 3: a bug. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_INPUT = 2;
export const EXIT_INTERNAL = 3;
