package dev.ormkit.bench.startup.jpa;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The request the benchmark waits for: one query through a Spring Data repository, as JSON. */
@RestController
class ProductController {
    private final ProductRepository products;

    ProductController(ProductRepository products) {
        this.products = products;
    }

    record ProductView(Long id, String name, BigDecimal price) {
    }

    @GetMapping("/products")
    List<ProductView> products() {
        return products.findAll().stream().map(p -> new ProductView(p.id, p.name, p.price)).toList();
    }
}
