"""Text → tokens → rule matches → anchor-free expressions (the grammar stage)."""
