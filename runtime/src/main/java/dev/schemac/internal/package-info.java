/**
 * schemac's implementation. Nothing under {@code dev.schemac.internal} is API: it may change in any release.
 */
package dev.schemac.internal;
