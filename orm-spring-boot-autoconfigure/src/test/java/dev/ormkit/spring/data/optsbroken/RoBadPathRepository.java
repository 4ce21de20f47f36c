package dev.ormkit.spring.data.optsbroken;

import java.util.List;
import dev.ormkit.spring.data.LoaderOptions;
import dev.ormkit.spring.data.OrmRepository;
import dev.ormkit.spring.data.opts.RoUser;

/** A loader option path naming a relationship the post does not have. */
public interface RoBadPathRepository extends OrmRepository<RoUser, Long> {

    @LoaderOptions(selectin = "posts.replies")
    List<RoUser> findByActiveTrue();
}
