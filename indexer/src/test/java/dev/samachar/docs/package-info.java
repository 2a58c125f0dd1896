/**
 * Tests that keep the documentation true: the README short and working on a fresh clone, and every relative link of
 * the README and docs/ pointing at something that exists.
 */
package dev.samachar.docs;
