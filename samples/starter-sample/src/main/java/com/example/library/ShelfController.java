package com.example.library;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ShelfController {
    private final ShelfService shelves;

    public ShelfController(ShelfService shelves) {
        this.shelves = shelves;
    }

    @PostMapping("/shelves/{name}")
    public long create(@PathVariable("name") String name, @RequestBody List<String> titles) {
        return shelves.create(name, titles).getId();
    }

    /** The volumes load lazily here, after the transaction: the request's session does it. */
    @GetMapping("/shelves/{name}/titles")
    public List<String> titles(@PathVariable("name") String name) {
        return shelves.find(name).getVolumes().stream().map(Volume::getTitle).sorted().toList();
    }
}
