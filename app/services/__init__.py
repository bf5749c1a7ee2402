"""The query and assembly layer between the routes and the database."""
