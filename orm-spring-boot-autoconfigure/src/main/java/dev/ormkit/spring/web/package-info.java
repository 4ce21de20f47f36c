/** The per-request session of Spring MVC applications (open-in-view), holding no connection between transactions. */
@NullMarked
package dev.ormkit.spring.web;

import org.jspecify.annotations.NullMarked;
