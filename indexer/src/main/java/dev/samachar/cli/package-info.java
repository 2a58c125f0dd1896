/**
 * The {@code samachar} command line (picocli): one class per command, the options several commands share, the output
 * they print and the exit codes they return. Commands parse and print; the work is done by the packages they call.
 */
package dev.samachar.cli;
