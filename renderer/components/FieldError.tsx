// What is wrong with one field, said right under it (issue 13: an error far from its field is an
// error she does not see). The field points at it with aria-describedby, so a screen reader reads
// it when the field receives focus.
export function FieldError({ id, message }: { id: string; message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p className="field-error" id={id}>
      {message}
    </p>
  );
}

/** The ids that describe a control, the problem first; undefined when there are none. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return present.length > 0 ? present.join(' ') : undefined;
}
