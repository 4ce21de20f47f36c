package dev.ormkit.spring.data.broken.rqparameter;

import java.util.List;
import dev.ormkit.spring.data.OrmRepository;
import dev.ormkit.spring.data.query.Query;
import dev.ormkit.spring.data.rq.RqAuthor;

public interface UnboundParameterRepository extends OrmRepository<RqAuthor, Long> {

    @Query("SELECT * FROM rq_authors WHERE username = :username AND rating > ?2")
    List<RqAuthor> named(String name, int rating);
}
