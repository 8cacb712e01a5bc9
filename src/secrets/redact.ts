/**
 * Defence in depth: adapters pass every line they print through a Redactor that knows the
 * run's secrets (the password in every spelling it may appear in). The engine never puts a
 * password in a message on purpose; this catches the day a library does.
 */
export class Redactor {
  private readonly secrets = new Set<string>();

  add(secret: string | undefined): void {
    if (!secret || secret.length < 3) return;
    for (const form of [secret, encodeURIComponent(secret), safeDecode(secret)]) {
      if (form) this.secrets.add(form);
    }
  }

  redact(text: string): string {
    let out = text;
    // Longest first, so a URL-encoded form is not half-replaced by a shorter one.
    for (const secret of [...this.secrets].sort((a, b) => b.length - a.length)) {
      out = out.split(secret).join('***');
    }
    return out;
  }

  list(): string[] {
    return [...this.secrets];
  }
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
