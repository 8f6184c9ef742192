// A usage error: the command line asks for something that cannot be done; exit 2, with the command's help.
export class UsageError extends Error {}
