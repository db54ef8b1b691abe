-- the name the requester's browser saves the package under: an access copy and an Art. 20 export differ
alter table access_package add column file_name text not null default 'access-package.zip';
