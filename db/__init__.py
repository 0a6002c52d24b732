"""Everything below the screen: schema, domain types, the store, search, import, export."""
