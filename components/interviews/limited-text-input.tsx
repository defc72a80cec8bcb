"use client";

import { useId, useState } from "react";
import { describeTooLong } from "@/lib/workspaces/describe-too-long";
import "./interviews.css";

/**
 * A one-line name or title with a length limit: too long is said at the input, as the person
 * types, and never cut (no maxLength, which would silently drop what was pasted). The server
 * checks the same rule; its message for this field shows here too.
 */
export function LimitedTextInput(props: {
  label: string;
  name: string;
  max: number;
  /** How the message names the text: "Title", "Workspace name". */
  what: string;
  defaultValue?: string;
  placeholder?: string;
  /** The server's message about this field, shown until the text changes. */
  serverError?: string;
  required?: boolean;
  autoFocus?: boolean;
}) {
  const [value, setValue] = useState(props.defaultValue ?? "");
  const [editedSinceError, setEditedSinceError] = useState<string | undefined>(undefined);
  const inputId = useId();
  const messageId = useId();
  const tooLong = describeTooLong({ value, max: props.max, what: props.what });
  const serverError = editedSinceError === props.serverError ? undefined : props.serverError;
  const message = tooLong ?? serverError;
  return (
    <div className="limited-text">
      <label htmlFor={inputId}>{props.label}</label>
      <input
        id={inputId}
        name={props.name}
        value={value}
        placeholder={props.placeholder}
        required={props.required}
        autoFocus={props.autoFocus}
        onChange={(event) => {
          setValue(event.target.value);
          setEditedSinceError(props.serverError);
        }}
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? messageId : undefined}
      />
      {message && <span id={messageId} className="error field-error" role="alert">{message}</span>}
    </div>
  );
}

/** For a form's onSubmit: stops sending while a limited input says its text is too long. */
export function blockWhileInvalid(event: React.FormEvent<HTMLFormElement>): void {
  const invalid = event.currentTarget.querySelector<HTMLInputElement>("input[aria-invalid='true']");
  if (!invalid) return;
  event.preventDefault();
  invalid.focus();
}
