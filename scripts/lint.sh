#!/usr/bin/env sh
# ESLint (type-aware, the slow part) with Prettier beside it at a lower priority, so that ESLint keeps a core of the
# two to itself (two ESLint processes side by side were slower: each builds the type information again).
# Fails if either fails; both always finish, so every problem is printed. ESLint keeps a cache by content in
# node_modules/.cache: a file unchanged since the last run is not linted again (40 -> 13 s here). A type-aware
# finding that only a change in another file would cause is then seen by a run without the cache, as on a fresh
# clone and in CI (`rm -rf node_modules/.cache/eslint` locally).
nice -n 10 npx prettier --check . &
prettier=$!
npx eslint . --max-warnings=0 --cache --cache-strategy content --cache-location node_modules/.cache/eslint/
eslint=$?
wait "$prettier"
prettier_status=$?
[ "$eslint" -eq 0 ] && [ "$prettier_status" -eq 0 ]
