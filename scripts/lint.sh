#!/usr/bin/env sh
# ESLint (type-aware, the slow part) with Prettier beside it at a lower priority, so that ESLint keeps a core of the
# two to itself (two ESLint processes side by side were slower: each builds the type information again).
# Fails if either fails; both always finish, so every problem is printed.
nice -n 10 npx prettier --check . &
prettier=$!
npx eslint . --max-warnings=0
eslint=$?
wait "$prettier"
prettier_status=$?
[ "$eslint" -eq 0 ] && [ "$prettier_status" -eq 0 ]
