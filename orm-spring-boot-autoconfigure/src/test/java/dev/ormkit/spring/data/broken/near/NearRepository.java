package dev.ormkit.spring.data.broken.near;

import java.util.List;
import dev.ormkit.spring.data.OrmRepository;
import dev.ormkit.spring.data.it.Writer;

public interface NearRepository extends OrmRepository<Writer, Long> {

    List<Writer> findByRatingNear(Integer rating);
}
