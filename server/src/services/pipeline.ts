/** What the write pipeline reports as each step runs. */
export interface StepEvent {
  step: string;
  action: string;
}

/**
 * Observes the write pipeline: every step that runs reports itself here.
 * For diagnostics and tests (each step runs once per action); listeners must
 * not throw or write.
 */
export default () => {
  const listeners = new Set<(event: StepEvent) => void>();
  return {
    /** Calls `listener` for every step that runs from now on; returns the function that stops it. */
    trace(listener: (event: StepEvent) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(event: StepEvent): void {
      for (const listener of listeners) listener(event);
    },
  };
};
