/**
 * The web-request workload's Spring side: a minimal application context wired as the starter
 * wires ormkit, and a service with read-only transactional methods.
 */
@NullMarked
package dev.ormkit.bench.web;

import org.jspecify.annotations.NullMarked;
