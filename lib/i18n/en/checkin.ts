/** English UI strings for the leaders' meeting check-in (issue 5). */
export const checkin = {} as const;
