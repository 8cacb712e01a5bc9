import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isConnectionLost, markConnectionLost } from '../src/errors/connection-lost.js';
import { errorInfo } from '../src/errors/error-info.js';
import { exitCodeFor } from '../src/errors/exit-codes.js';
import { asPromoteError, CheckFailed, ConnectionFailed, ConnectionLost, errorOfKind, InternalError, LockNotAcquired, PromoteError, UsageError } from '../src/errors/promote-error.js';

test('each condition is its own class, its kind (the JSON word) picks the exit code', () => {
  assert.ok(new UsageError('x') instanceof PromoteError);
  assert.equal(new UsageError('x').kind, 'usage');
  assert.equal(exitCodeFor(new UsageError('x').kind), 2);
  assert.equal(exitCodeFor(new LockNotAcquired('x').kind), 1);
  assert.ok(new ConnectionLost('x') instanceof ConnectionFailed);
  assert.ok(errorOfKind('check', 'x') instanceof CheckFailed);
  assert.equal(new CheckFailed('x').name, 'CheckFailed');
});

test("an internal error keeps the stack of what was thrown, and the result's error holds it", () => {
  const bug = new TypeError("Cannot read properties of undefined (reading 'x')");
  const error = asPromoteError(bug);
  assert.ok(error instanceof InternalError);
  assert.equal(error.stack, bug.stack);
  const info = errorInfo(error);
  assert.equal(info.kind, 'internal');
  assert.match(info.stack!, /TypeError: Cannot read properties/);
  // A user's error carries no stack: it is said in one line.
  assert.equal(errorInfo(new UsageError('bad')).stack, undefined);
});

test('a lost connection is recognised by SQLSTATE, errno or the error that ended the session, not by its words', () => {
  assert.ok(isConnectionLost(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })));
  assert.ok(isConnectionLost(Object.assign(new Error('anything'), { code: '08006' })));
  assert.ok(isConnectionLost(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })));
  const ended = new Error('Connection terminated unexpectedly');
  assert.equal(isConnectionLost(ended), false, 'words alone say nothing');
  markConnectionLost(ended);
  assert.ok(isConnectionLost(ended));
  assert.equal(isConnectionLost(Object.assign(new Error('syntax error'), { code: '42601' })), false);
});
