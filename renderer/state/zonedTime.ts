// Moved to shared/zonedTime.ts (the renderer and the PDF read one clock). Kept as a pointer while
// branches written against this path are merged; new code imports the shared module.
export * from '../../shared/zonedTime';
