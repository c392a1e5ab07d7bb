#!/usr/bin/env sh
# ESLint (type-aware, the slow part) and Prettier side by side: each uses about one core, and the machine has two.
# Fails if either fails; both always finish, so every problem is printed.
npx prettier --check . &
prettier=$!
npx eslint . --max-warnings=0
eslint=$?
wait "$prettier"
prettier_status=$?
[ "$eslint" -eq 0 ] && [ "$prettier_status" -eq 0 ]
