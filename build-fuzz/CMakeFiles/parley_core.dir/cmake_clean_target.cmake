file(REMOVE_RECURSE
  "libparley_core.a"
)
