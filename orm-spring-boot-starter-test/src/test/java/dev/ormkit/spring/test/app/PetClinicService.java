package dev.ormkit.spring.test.app;

import org.springframework.stereotype.Service;

/** An application component an @OrmTest leaves out. */
@Service
public class PetClinicService {
}
