/**
 * Workflow commands a step prints (`::error file=a,line=1::message`, `::add-mask::value`,
 * `::stop-commands::token` …), read line by line from stdout and stderr as the runner reads
 * them. Masks apply to every later line of the job's log, as on GitHub.
 */
export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  file?: string;
  line?: number;
  title?: string;
}

export class CommandReader {
  readonly annotations: Annotation[] = [];
  private stoppedUntil: string | undefined;

  constructor(private readonly masks: Set<string>) {}

  /** Handles one line; returns the line as the log shows it (masked), or undefined when it is not shown. */
  line(raw: string): string | undefined {
    const line = raw.replace(/\r$/, '');
    const match = /^::([\w-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (this.stoppedUntil !== undefined) {
      if (match && match[1] === this.stoppedUntil) this.stoppedUntil = undefined;
      return this.mask(line);
    }
    if (!match) return this.mask(line);
    const [, command, props = '', encoded] = match;
    const message = unescape(encoded!, false);
    const properties = Object.fromEntries(
      props
        .split(',')
        .filter(Boolean)
        .map((p) => [p.slice(0, p.indexOf('=')).trim(), unescape(p.slice(p.indexOf('=') + 1), true)]),
    );
    switch (command) {
      case 'add-mask':
        this.addMask(message);
        return undefined;
      case 'error':
      case 'warning':
      case 'notice':
        this.annotations.push({
          level: command,
          message: this.mask(message),
          file: properties.file,
          line: properties.line === undefined ? undefined : Number(properties.line),
          title: properties.title,
        });
        return this.mask(`##[${command}]${message}`);
      case 'stop-commands':
        this.stoppedUntil = message;
        return undefined;
      case 'debug':
      case 'group':
      case 'endgroup':
        return this.mask(line);
      default:
        return this.mask(line);
    }
  }

  addMask(value: string): void {
    // The runner masks each line of a multi-line value on its own.
    for (const part of value.split(/\r?\n/)) if (part.trim() !== '') this.masks.add(part);
  }

  mask(line: string): string {
    let masked = line;
    for (const value of [...this.masks].sort((a, b) => b.length - a.length)) masked = masked.split(value).join('***');
    return masked;
  }
}

function unescape(value: string, property: boolean): string {
  let s = value.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n');
  if (property) s = s.replace(/%3A/gi, ':').replace(/%2C/gi, ',');
  return s.replace(/%25/g, '%');
}
