// The Unicode line-breaking algorithm (UAX #14) that pdfkit's line wrapper uses; it ships no types.
declare module 'linebreak' {
  interface Break {
    position: number;
    required: boolean;
  }
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): Break | null;
  }
}
