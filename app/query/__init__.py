"""The read engine under every collection: filters as data, keyset paging with signed
cursors, full-text matching, and the assembly of rows into public models. It knows tables
and models, never collections by name, so `app.collections` can declare itself with it."""
