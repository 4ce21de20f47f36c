package dev.ormkit.bench.startup.ormkit;

import java.math.BigDecimal;
import java.util.List;
import dev.ormkit.orm.Session;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The request the benchmark waits for: one query through the request's session, as JSON. */
@RestController
class ProductController {
    private final Session session;

    ProductController(Session session) {
        this.session = session;
    }

    record ProductView(Long id, String name, BigDecimal price) {
    }

    @GetMapping("/products")
    List<ProductView> products() {
        return session.query(Product.class).all().stream().map(p -> new ProductView(p.id, p.name, p.price)).toList();
    }
}
