/**
 * Bad input from a user: one line naming the input, the value and what is accepted.
 * Entries print `message` alone (never a stack) and exit 3 / fail the step.
 */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
