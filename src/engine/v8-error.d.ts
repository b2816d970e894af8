// Error.stackTraceLimit is V8's (Node and Chromium); other engines ignore the assignment.
// @types/node declares it for the Node build; the kernel compiles without Node's types (tsconfig.kernel.json).
interface ErrorConstructor {
  stackTraceLimit: number;
}
