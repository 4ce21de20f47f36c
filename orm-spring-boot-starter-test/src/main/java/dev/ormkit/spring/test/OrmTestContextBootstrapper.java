package dev.ormkit.spring.test;

import org.springframework.boot.test.autoconfigure.TestSliceTestContextBootstrapper;

/** Bootstraps an {@link OrmTest}: its {@code properties} reach the environment. */
class OrmTestContextBootstrapper extends TestSliceTestContextBootstrapper<OrmTest> {
}
