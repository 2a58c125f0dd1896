/**
 * What Samachar reads from its surroundings: the environment (one {@code Settings} object that commands receive
 * instead of calling {@code System.getenv}) and the data files of {@code mappings/} as the jar carries them.
 */
package dev.samachar.config;
