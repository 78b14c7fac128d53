// Placeholder until the diff engine lands.
